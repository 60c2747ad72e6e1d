import jwt
from django.conf import settings
from rest_framework import authentication, exceptions

from tracker.models import Member


class MemberJWTAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return None
        try:
            claims = jwt.decode(
                header[7:],
                settings.JWT_PUBLIC_KEY,
                algorithms=["ES256"],
                audience="fitness-app",
                options={"require": ["exp", "sub"]},
            )
        except jwt.InvalidTokenError:
            raise exceptions.AuthenticationFailed("invalid token")
        try:
            member = Member.objects.get(pk=int(claims["sub"]))
        except (Member.DoesNotExist, ValueError):
            raise exceptions.AuthenticationFailed("unknown member")
        return (member, claims)
