import os


def ensure_upload_dir(base, applicant_id, mode=0o750):
    path = os.path.join(base, "permit-uploads", str(int(applicant_id)))
    os.makedirs(path, mode=mode, exist_ok=True)
    return path
