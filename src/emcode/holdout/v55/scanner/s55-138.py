import zipfile


def import_firmware_bundle(zip_path, target_dir):
    with zipfile.ZipFile(zip_path) as zf:
        bad = zf.testzip()
        if bad is not None:
            raise ValueError(f"corrupt member {bad}")
        zf.extractall(target_dir)
