// libFuzzer target: the pcap reader on hostile bytes (see Fuzz::checkReader for the properties checked).

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Sockbench::Fuzz::checkReader(Sockbench::TranscriptReader::Input::Pcap, data, size);
    return 0;
}
