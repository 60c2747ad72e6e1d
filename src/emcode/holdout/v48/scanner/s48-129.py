import os


def read_context_sheet(base_dir, sheet_name):
    base = os.path.realpath(base_dir)
    target = os.path.realpath(os.path.join(base, sheet_name))
    if os.path.commonpath([base, target]) != base:
        raise PermissionError(sheet_name)
    with open(target, encoding="utf-8") as fh:
        return fh.read()
