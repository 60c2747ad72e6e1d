from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from .models import Certificate


@login_required
def certificate(request, pk):
    cert = get_object_or_404(Certificate, pk=pk, student__user=request.user)
    return FileResponse(cert.pdf.open("rb"), as_attachment=True, filename=f"certificate-{cert.pk}.pdf")
