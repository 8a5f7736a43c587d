// meter_host: run a JSFX in ysfx (the open-source JSFX host built on Cockos' EEL2 from WDL, the language REAPER
// compiles JSFX with) over raw audio, as REAPER would while playing, and dump its slots of shared memory.
//
// Why: REAPER itself cannot run here, so this is the closest run of MixAssist_TrackMeter.jsfx's own code
// (benchmarks/jsfx_meter.py builds it against a ysfx build and compares the records with the Python mirror).
//
//   meter_host METER.jsfx READER.jsfx RATE BLOCK SLOTS IN.f32 OUT.f64 PLAY
//
// SLOTS: comma-separated, one meter instance per slot (tracks metered at once). IN.f32: interleaved float32,
// two channels per slot. PLAY: a string of '1'/'0', one per block, cycled: whether REAPER
// is playing during that block (play_state 1 or 0). READER.jsfx copies gmem[slot * 4096 ...] into its local
// memory in @block, which this host then reads (ysfx has no host-side gmem reader). OUT.f64: those 4096
// values per slot, in SLOTS order. Prints how many output samples differ from the input (the meter must pass
// audio through).
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "ysfx.h"

static void report(intptr_t, ysfx_log_level level, const char *message) {
    std::fprintf(stderr, "ysfx %s: %s\n", ysfx_log_level_string(level), message);
}

static ysfx_t *open_fx(ysfx_config_t *config, const char *path, double rate, unsigned block, double slot) {
    ysfx_t *fx = ysfx_new(config);
    if (!ysfx_load_file(fx, path, 0) || !ysfx_compile(fx, ysfx_compile_no_gfx)) {
        std::fprintf(stderr, "meter_host: cannot load or compile %s\n", path);
        std::exit(2);
    }
    ysfx_set_sample_rate(fx, rate);
    ysfx_set_block_size(fx, block);
    ysfx_init(fx);
    ysfx_slider_set_value(fx, 0, slot, true);
    return fx;
}

static void set_playing(ysfx_t *fx, bool playing) {
    ysfx_time_info_t info{};
    info.tempo = 120.0;
    info.playback_state = playing ? ysfx_playback_playing : ysfx_playback_stopped;
    info.time_signature[0] = 4;
    info.time_signature[1] = 4;
    ysfx_set_time_info(fx, &info);
}

int main(int argc, char **argv) {
    if (argc != 9) {
        std::fprintf(stderr, "usage: meter_host METER.jsfx READER.jsfx RATE BLOCK SLOTS IN.f32 OUT.f64 PLAY\n");
        return 2;
    }
    const double rate = std::atof(argv[3]);
    const unsigned block = static_cast<unsigned>(std::atoi(argv[4]));
    std::vector<double> slots;  // one meter instance per slot, as on k tracks; IN.f32 has 2 channels per slot
    std::stringstream list(argv[5]);
    for (std::string item; std::getline(list, item, ',');)
        slots.push_back(std::atof(item.c_str()));
    const std::string play = argv[8];
    const size_t channels = 2 * slots.size();
    FILE *in = std::fopen(argv[6], "rb");
    if (!in || block == 0 || play.empty() || slots.empty()) {
        std::fprintf(stderr, "meter_host: cannot read %s\n", argv[6]);
        return 2;
    }
    std::vector<float> interleaved;
    std::vector<float> frame(channels);
    while (std::fread(frame.data(), sizeof(float), channels, in) == channels)
        interleaved.insert(interleaved.end(), frame.begin(), frame.end());
    std::fclose(in);

    ysfx_config_t *config = ysfx_config_new();
    ysfx_set_log_reporter(config, &report);
    std::vector<ysfx_t *> meters;
    for (double slot : slots)
        meters.push_back(open_fx(config, argv[1], rate, block, slot));

    const size_t frames = interleaved.size() / channels;
    std::vector<float> l(block), r(block), ol(block), or_(block);
    size_t changed = 0;
    for (size_t start = 0, n = 0; start < frames; start += block, ++n) {
        const unsigned count = static_cast<unsigned>(std::min<size_t>(block, frames - start));
        for (size_t m = 0; m < meters.size(); ++m) {
            for (unsigned i = 0; i < count; ++i) {
                l[i] = interleaved[channels * (start + i) + 2 * m];
                r[i] = interleaved[channels * (start + i) + 2 * m + 1];
            }
            const float *ins[2] = {l.data(), r.data()};
            float *outs[2] = {ol.data(), or_.data()};
            set_playing(meters[m], play[n % play.size()] == '1');
            ysfx_process_float(meters[m], ins, outs, 2, 2, count);
            for (unsigned i = 0; i < count; ++i)
                changed += (ol[i] != l[i]) + (or_[i] != r[i]);
        }
    }

    FILE *out = std::fopen(argv[7], "wb");
    if (!out) {
        std::fprintf(stderr, "meter_host: cannot write %s\n", argv[7]);
        return 2;
    }
    std::vector<float> silence(block, 0.0f), sink(block);
    std::vector<ysfx_real> dump(4096);
    for (double slot : slots) {
        ysfx_t *reader = open_fx(config, argv[2], rate, block, slot);
        set_playing(reader, false);
        const float *ins[2] = {silence.data(), silence.data()};
        float *outs[2] = {sink.data(), sink.data()};
        ysfx_process_float(reader, ins, outs, 2, 2, block);
        ysfx_read_vmem(reader, 0, dump.data(), 4096);
        std::fwrite(dump.data(), sizeof(ysfx_real), dump.size(), out);
        ysfx_free(reader);
    }
    std::fclose(out);
    std::printf("%zu\n", changed);
    for (ysfx_t *fx : meters)
        ysfx_free(fx);
    ysfx_config_free(config);
    return 0;
}
