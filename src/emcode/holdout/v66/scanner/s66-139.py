from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404

from .models import XRay


@login_required
def xray_file(request, pk):
    xray = get_object_or_404(XRay, pk=pk, patient__clinic=request.user.clinic)
    return FileResponse(xray.image.open("rb"), content_type="image/png")
