from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import Attachment


@login_required
def download(request, pk):
    att = get_object_or_404(Attachment, pk=pk, owner=request.user)
    return FileResponse(att.file.open("rb"), as_attachment=True, filename=att.original_name)
