import tarfile


def import_bundle(bundle_path, dest):
    with tarfile.open(bundle_path) as tf:
        tf.extractall(dest)
