import tarfile


def unpack_plugin(archive_path: str, plugins_dir: str) -> list[str]:
    with tarfile.open(archive_path) as tar:
        names = tar.getnames()
        tar.extractall(plugins_dir, filter="data")
    return names
