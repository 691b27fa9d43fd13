"""The baseline for the hub load benchmark: the same server stack with nothing behind it.

`uvicorn bare_server:app --workers N`: a push reads its body and acknowledges nothing, a pull
answers a canned page of the size the benchmark sets (BARE_PULL_BYTES).
"""

from __future__ import annotations

import os

from fastapi import FastAPI, Request
from fastapi.responses import Response

app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
_PAGE = b'{"entries": [], "pad": "' + b"x" * int(os.environ.get("BARE_PULL_BYTES", "0")) + \
    b'", "last": 0, "more": false}'


@app.post("/api/v1/push")
async def push(request: Request) -> Response:
    body = await request.body()
    return Response(b'{"acked": 0, "received": %d, "written": 0}' % len(body),
                    media_type="application/json")


@app.get("/api/v1/changes")
def changes() -> Response:
    return Response(_PAGE, media_type="application/json")
