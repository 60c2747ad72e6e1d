import tarfile


def install_firmware_bundle(archive_path, dest="/opt/hub/firmware"):
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    return dest
