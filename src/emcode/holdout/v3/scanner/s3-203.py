import os


def read_user_file(base_dir: str, name: str) -> str:
    base = os.path.realpath(base_dir)
    target = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, target]) != base:
        raise PermissionError(f"{name!r} is outside {base_dir!r}")
    with open(target, encoding="utf-8") as fh:
        return fh.read()
