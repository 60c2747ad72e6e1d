import os
import sys


def patient_cache(root, patient_id: int):
    path = os.path.join(root, f"patient-{patient_id:06d}")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


if __name__ == "__main__":
    print(patient_cache(os.path.expanduser("~/.hearwell"), int(sys.argv[1])))
