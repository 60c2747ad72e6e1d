import tarfile


def import_meter_firmware(archive_path, firmware_dir):
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(firmware_dir)
    return firmware_dir
