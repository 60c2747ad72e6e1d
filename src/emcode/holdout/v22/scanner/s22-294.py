import csv
import os


class GradeExporter:
    def __init__(self, out_dir: str, file_mode: int = 0o600):
        self.out_dir = out_dir
        self.file_mode = file_mode & 0o770

    def export(self, course_code: str, grades: dict) -> str:
        path = os.path.join(self.out_dir, f"{int(course_code)}.csv")
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, self.file_mode)
        with os.fdopen(fd, "w", newline="") as fh:
            w = csv.writer(fh)
            for student, grade in sorted(grades.items()):
                w.writerow([student, grade])
        return path
