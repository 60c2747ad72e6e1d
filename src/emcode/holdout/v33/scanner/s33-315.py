import sys


def log_rejected_upload(project, version, reason):
    print("REJECT " + project + "==" + version + ": " + reason, file=sys.stderr)
