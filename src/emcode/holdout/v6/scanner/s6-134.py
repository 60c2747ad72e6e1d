import os
import zipfile

def unpack(zip_path, dest):
    with zipfile.ZipFile(zip_path) as z:
        for info in z.infolist():
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as out:
                out.write(z.read(info))
