# stdcompare: CPU-only image that runs offline once built (the default encoder's weights ship in its wheel, and
# RapidOCR's models in its own). Not built on the project's machines (no Docker engine there): keep it in step with
# pyproject.toml's extras and .ci/run's apt packages (tests/test_dockerfile.py checks that it does).
#   docker build -t stdcompare .                                  # default encoder + OCR of scanned standards
#   docker build -t stdcompare --build-arg EXTRAS=ocr,st .         # + sentence-transformers for your own models
#   docker build -t stdcompare --build-arg EXTRAS= --build-arg OCR_PACKAGES= .   # smallest: text PDFs, DOCX, XML
#   docker run --rm -v $PWD/work:/data stdcompare ingest /data/GB_T_17301.1.pdf
FROM python:3.11-slim

ARG EXTRAS="ocr"
# Scanned standards: RapidOCR (extra "ocr") needs OpenCV's shared libraries (libGL, GLib), which the slim image
# lacks; Debian's tesseract with Chinese and English data is the fallback engine (compare/documents/ocr.py).
ARG OCR_PACKAGES="libgl1 libglib2.0-0 tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng"
# torch comes from the CPU wheel index: a plain `torch` from PyPI drags in several GB of CUDA packages.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    STDCOMPARE_STORE=/data/store

RUN if [ -n "$OCR_PACKAGES" ]; then \
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
            $OCR_PACKAGES && rm -rf /var/lib/apt/lists/*; \
    fi

WORKDIR /app
COPY pyproject.toml README.md ./
COPY compare ./compare
COPY embeddings ./embeddings
COPY api ./api
COPY data ./data

RUN case ",$EXTRAS," in *,st,*) pip install --index-url "$TORCH_INDEX" torch==2.13.0 ;; esac \
 && if [ -n "$EXTRAS" ]; then pip install ".[$EXTRAS]"; else pip install . ; fi \
 && useradd --create-home --uid 1000 stdcompare && mkdir -p /data && chown stdcompare /data

USER stdcompare
VOLUME ["/data"]
EXPOSE 8000
ENTRYPOINT ["stdcompare"]
CMD ["--help"]
