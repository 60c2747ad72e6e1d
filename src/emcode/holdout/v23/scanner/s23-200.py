import tarfile


def install_plugin(archive_path, plugins_dir="/opt/homeauto/plugins"):
    with tarfile.open(archive_path) as tar:
        tar.extractall(plugins_dir)
    return plugins_dir
