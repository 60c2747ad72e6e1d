from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from clinic.models import XRay


@login_required
def download_xray(request, xray_id):
    xray = get_object_or_404(XRay, pk=xray_id, patient__user=request.user)
    return FileResponse(xray.image.open("rb"), as_attachment=True)
