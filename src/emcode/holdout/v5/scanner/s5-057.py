from django.shortcuts import render
from django.utils.safestring import mark_safe

def gallery(request):
    caption = request.GET.get("caption", "")
    ctx = {"caption": mark_safe(caption)}
    return render(request, "gallery.html", ctx)
