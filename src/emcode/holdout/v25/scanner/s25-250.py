import subprocess
import tempfile
from django.http import JsonResponse, HttpResponseBadRequest


def extract_text(request):
    upload = request.FILES.get("pdf")
    if upload is None or upload.content_type != "application/pdf":
        return HttpResponseBadRequest("pdf required")
    with tempfile.NamedTemporaryFile(suffix=".pdf") as tmp:
        for chunk in upload.chunks():
            tmp.write(chunk)
        tmp.flush()
        proc = subprocess.run(
            ["pdftotext", "-layout", tmp.name, "-"],
            capture_output=True, timeout=60, check=False,
        )
    if proc.returncode != 0:
        return JsonResponse({"error": "could not read pdf"}, status=422)
    return JsonResponse({"text": proc.stdout.decode("utf-8", "replace")[:10000]})
