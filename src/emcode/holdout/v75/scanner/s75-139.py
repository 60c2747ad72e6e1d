from django.shortcuts import get_object_or_404, render

from .models import Scan


def caption_preview(request, scan_id):
    scan = get_object_or_404(Scan, pk=scan_id)
    caption = request.POST.get("caption", scan.caption)
    return render(request, "archive/preview.html", {"scan": scan, "caption": caption})
