import os


def dump_metrics(path, metrics):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        for name, value in sorted(metrics.items()):
            fh.write(f"{name} {val