import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.urls import reverse

from listings.models import Listing


def brochure_pdf(request, pk: int):
    if not Listing.objects.filter(pk=pk, is_active=True).exists():
        raise Http404
    page_url = settings.INTERNAL_BASE_URL + reverse("listings:print", args=[pk])
    out = Path(tempfile.mkdtemp()) / f"listing-{pk}.pdf"
    subprocess.run(["wkhtmltopdf", "--quiet", page_url, str(out)], check=True, timeout=60)
    return FileResponse(open(out, "rb"), as_attachment=True, filename=out.name)
