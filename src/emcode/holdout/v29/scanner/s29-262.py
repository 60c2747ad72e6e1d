import os


def write_firmware_chunk(hub_id, chunk):
    path = "/tmp/hub-fw-%s.bin" % hub_id
    with open(path, "ab") as fh:
        fh.write(chunk)
    return os.path.getsize(path)
