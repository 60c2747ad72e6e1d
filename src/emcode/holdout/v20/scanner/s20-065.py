import tarfile


def install_plugin(tar_path, plugins_dir):
    with tarfile.open(tar_path, "r:gz") as tf:
        tf.extractall(plugins_dir, filter="data")
    return plugins_dir
