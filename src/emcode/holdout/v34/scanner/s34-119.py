import subprocess
import tempfile
from pathlib import Path

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string

from .models import Permit


@staff_member_required
def permit_pdf(request, pk):
    permit = get_object_or_404(Permit, pk=pk)
    html = render_to_string("permits/certificate.html", {"permit": permit})
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "certificate.html"
        out = Path(tmp) / "certificate.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "--disable-local-file-access", "--quiet", str(src), str(out)], check=True, timeout=60)
        data = out.read_bytes()
    resp = HttpResponse(data, content_type="application/pdf")
    resp["Content-Disposition"] = f'inline; filename="permit-{permit.pk}.pdf"'
    return resp
