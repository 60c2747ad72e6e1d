import tarfile


def import_meter_firmware(archive_path, firmware_dir):
    with tarfile.open(archive_path, "r:gz") as tar:
        tar.extractall(firmware_dir, filter="data")
    return firmware_dir
