import tarfile


def install_plugin(archive_path: str, plugins_dir: str = "/opt/homeauto/plugins") -> str:
    with tarfile.open(archive_path) as tar:
        tar.extractall(plugins_dir, filter="data")
    return plugins_dir
