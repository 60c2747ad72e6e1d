from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Document


@login_required
def download_document(request, doc_id):
    doc = get_object_or_404(Document, pk=doc_id, case__firm=request.user.firm)
    return FileResponse(doc.file.open("rb"), as_attachment=True, filename=doc.original_name)
