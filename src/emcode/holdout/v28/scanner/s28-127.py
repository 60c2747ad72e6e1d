import subprocess
import tempfile
from pathlib import Path

from django.http import FileResponse, Http404

from .models import SchoolClass


def timetable_pdf(request):
    code = request.GET.get("class", "")
    try:
        klass = SchoolClass.objects.get(code=code)
    except SchoolClass.DoesNotExist:
        raise Http404
    workdir = Path(tempfile.mkdtemp(prefix="tt-"))
    out = workdir / "timetable.pdf"
    subprocess.run(["wkhtmltopdf", f"http://localhost:8000/timetable/{klass.pk}/", str(out)], check=True)
    return FileResponse(open(out, "rb"), content_type="application/pdf", filename=f"{klass.pk}.pdf")
