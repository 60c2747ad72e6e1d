import tarfile


def unpack_logs(archive, out_dir):
    with tarfile.open(archive) as tf:
        for m in tf.getmembers():
            if m.isfile() and m.name.endswith(".log"):
                tf.extract(m, out_dir)
