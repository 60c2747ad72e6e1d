import tarfile


def unpack_plugin(archive_path, plugins_dir):
    with tarfile.open(archive_path) as tar:
        tar.extractall(plugins_dir)
    return plugins_dir
