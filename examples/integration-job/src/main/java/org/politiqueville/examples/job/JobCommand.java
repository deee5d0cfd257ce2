package org.politiqueville.examples.job;

/** A command of the job, with the options every command takes. */
interface JobCommand {

    /** The language and debugging options. */
    CommonOptions common();
}
