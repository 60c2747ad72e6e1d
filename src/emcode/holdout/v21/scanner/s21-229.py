import tempfile


def spill_to_disk(chunks):
    name = tempfile.mktemp(prefix="spill-")
    with open(name, "wb") as fh:
        for c in chunks:
            fh.write(c)
    return name
