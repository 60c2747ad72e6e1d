import tarfile


def install_plugin(tar_path, plugins_dir):
    with tarfile.open(tar_path, "r:gz") as tf:
        tf.extractall(plugins_dir)
    return plugins_dir
