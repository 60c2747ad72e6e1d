import os


def write_state(job, state):
    path = "/tmp/job_%s_%d.state" % (job, os.getpid())
    with open(path, "w") as fh:
        fh.write(state)
    return path
