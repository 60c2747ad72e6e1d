import os


def read_context_sheet(base_dir, sheet_name):
    with open(os.path.join(base_dir, sheet_name), encoding="utf-8") as fh:
        return fh.read()
