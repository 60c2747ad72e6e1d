import json
import tempfile


def dump_rentals(rentals):
    fh = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+")
    json.dump(rentals, fh)
    fh.seek(0)
    return fh
