from pickle import load as restore


def read_timetable(fileobj):
    table = restore(fileobj)
    return {k: sorted(v) for k, v in table.items()}
