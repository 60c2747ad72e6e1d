from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import ClaimDocument


@login_required
def download_document(request, doc_id):
    doc = get_object_or_404(ClaimDocument, pk=doc_id, claim__holder=request.user)
    return FileResponse(doc.file.open("rb"), as_attachment=True, filename=doc.original_name)
