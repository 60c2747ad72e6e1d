import subprocess

from django.http import FileResponse, HttpResponseBadRequest


def timetable_pdf(request):
    klass = request.GET.get("class")
    if not klass:
        return HttpResponseBadRequest("class required")
    out = f"/tmp/timetables/{klass}.pdf"
    subprocess.check_output(f"wkhtmltopdf http://localhost:8000/timetable/{klass}/ {out}", shell=True)
    return FileResponse(open(out, "rb"), content_type="application/pdf")
