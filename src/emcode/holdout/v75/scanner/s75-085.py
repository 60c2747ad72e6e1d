from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Scan


def caption_preview(request, scan_id):
    scan = Scan.objects.get(pk=scan_id)
    caption = request.POST.get("caption", scan.caption)
    context = {
        "scan": scan,
        "caption_html": mark_safe("<figcaption>" + caption + "</figcaption>"),
    }
    return render(request, "archive/preview.html", context)
