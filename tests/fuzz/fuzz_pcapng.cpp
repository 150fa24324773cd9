// libFuzzer target: the pcapng reader on hostile bytes (see Fuzz::checkReader for the properties checked).

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Sockbench::Fuzz::checkReader(Sockbench::TranscriptReader::Input::Pcapng, data, size);
    return 0;
}
