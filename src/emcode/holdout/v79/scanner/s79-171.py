from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from .models import Certificate


@login_required
def certificate(request, cert_id):
    try:
        cert = Certificate.objects.get(id=cert_id, member=request.user)
    except Certificate.DoesNotExist:
        raise Http404
    return FileResponse(cert.file.open("rb"), as_attachment=True, filename=cert.file.name.rsplit("/", 1)[-1])
