"""The words of the domain: the one bilingual termbase (concepts, zh/en forms, parents) used by matching, alignment
and indicator pairing; identifiers a clause names; standard numbers; adoption notes ("修改采用 ISO ...")."""
