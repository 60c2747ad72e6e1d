import httpx
from django.http import JsonResponse
from .models import Hook


def register_hook(request):
    Hook.objects.create(owner=request.user, url=request.POST["url"])
    return JsonResponse({"ok": True})


def fire_hooks(event):
    with httpx.Client(timeout=5) as client:
        for hook in Hook.objects.all():
            client.post(hook.url, json=event)
