from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from .models import BoardingPass


def boarding_pass_pdf(request, pass_id):
    bp = get_object_or_404(BoardingPass, pk=pass_id, owner=request.user)
    if not bp.pdf:
        raise Http404
    return FileResponse(bp.pdf.open("rb"), content_type="application/pdf", filename=f"boarding-{bp.pk}.pdf")
